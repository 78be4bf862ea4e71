{ pkgs, ... }:
{
  home.username = "alice";
  home.homeDirectory = "/home/alice";
  home.packages = [ pkgs.ripgrep pkgs.jq ];
  programs.git.enable = true;
  home.stateVersion = "26.05";
}
