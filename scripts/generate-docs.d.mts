export function renderTables(actionYml: string): { inputs: string; outputs: string };
export function updateReadme(readme: string, tables: Record<string, string>): string;
