// Copies the language server (the runnable jar of the `sop` command) into the extension before packaging.
const fs = require('fs');
const path = require('path');

const jar = path.resolve(__dirname, '../../org.dinsos.sop.jar/target/sop.jar');
const target = path.resolve(__dirname, '../server/sop.jar');
if (!fs.existsSync(jar)) {
  console.error(`${jar} is missing: build it first with ./mvnw -B install -DskipTests at the repository root.`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(jar, target);
console.log(`copied ${jar} -> ${target}`);
