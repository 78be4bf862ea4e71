import { CASES } from './cases.js';
import { formatTable, runCases } from './harness.js';

// npm run bench [-- FILTER]: runs the cases whose name contains FILTER (all by default) and prints a table.
const rows = await runCases(CASES, process.argv[2]);
console.log(formatTable(rows));
