{
  description = "Example: one NixOS host and one home-manager user, kept healthy by flake-steward";

  nixConfig = {
    extra-substituters = [ "https://nix-community.cachix.org" ];
    extra-trusted-public-keys = [
      "nix-community.cachix.org-1:mB9FSh9qf2dCimDSUo8Zy7bkq5CX+/rkCWyvRCYg3Fs="
    ];
  };

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    # A second nixpkgs on the release branch, for the few packages taken from stable.
    nixpkgs-stable.url = "github:NixOS/nixpkgs/nixos-26.05";

    home-manager = {
      url = "github:nix-community/home-manager";
      inputs.nixpkgs.follows = "nixpkgs";
    };

    # Plain source, not a flake: wallpapers and themes used by the home configuration.
    dotfiles-assets = {
      url = "github:example-user/dotfiles-assets";
      flake = false;
    };
  };

  outputs = { self, nixpkgs, nixpkgs-stable, home-manager, dotfiles-assets, ... }:
    let
      system = "x86_64-linux";
      stable = nixpkgs-stable.legacyPackages.${system};
    in
    {
      nixosConfigurations.host = nixpkgs.lib.nixosSystem {
        inherit system;
        modules = [
          ./hosts/host/configuration.nix
          home-manager.nixosModules.home-manager
          {
            home-manager.useGlobalPkgs = true;
            home-manager.users.alice = import ./home/alice.nix;
            environment.systemPackages = [ stable.hello ];
          }
        ];
      };

      homeConfigurations.alice = home-manager.lib.homeManagerConfiguration {
        pkgs = nixpkgs.legacyPackages.${system};
        extraSpecialArgs = { assets = dotfiles-assets; };
        modules = [ ./home/alice.nix ];
      };
    };
}
