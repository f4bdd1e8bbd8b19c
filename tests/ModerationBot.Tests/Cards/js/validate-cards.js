// Parses every *.json card in a folder with the official adaptivecards library and prints, as JSON,
// each problem it reports (unknown types, bad values...) plus properties the library does not know.
// Usage: node validate-cards.js <folder>. Exit code 0 when every card is clean, 1 otherwise.
"use strict";
const fs = require("fs");
const path = require("path");
const AC = require("adaptivecards/dist/adaptivecards.js");

// Properties the library reads outside its property schemas (child collections, fallback) and the
// Teams host extension "msteams"; anything else a card carries is reported as unknown.
const allowedExtras = {
  AdaptiveCard: ["body", "actions", "msteams", "$schema", "refresh", "authentication"],
  Container: ["items"],
  Column: ["items"],
  ColumnSet: ["columns"],
  ActionSet: ["actions"],
  RichTextBlock: ["inlines"],
  "Action.ShowCard": ["card"],
  "*": ["fallback"],
};

function schemaNames(obj) {
  const schema = obj.getSchema();
  const names = [];
  for (let i = 0; i < schema.getCount(); i++) {
    names.push(schema.getItemAt(i).name);
  }
  return names;
}

function createTyped(type) {
  if (type === "AdaptiveCard") return new AC.AdaptiveCard();
  if (type === "Column") return new AC.Column();
  if (type === "TextRun") return new AC.TextRun();
  const version = AC.Versions.v1_5;
  return AC.GlobalRegistry.elements.createInstance(type, version)
    ?? AC.GlobalRegistry.actions.createInstance(type, version);
}

// Walks the card JSON; data payloads are free-form and skipped.
function findUnknownProperties(node, where, problems) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => findUnknownProperties(item, `${where}[${i}]`, problems));
    return;
  }
  if (node === null || typeof node !== "object") return;
  if (typeof node.type === "string") {
    const instance = createTyped(node.type);
    if (instance) {
      const known = new Set([...schemaNames(instance), ...(allowedExtras[node.type] ?? []), ...allowedExtras["*"]]);
      for (const key of Object.keys(node)) {
        if (!known.has(key)) {
          problems.push({ phase: "Parse", event: "UnknownProperty", message: `Unknown property "${key}" on ${node.type} at ${where}.` });
        }
      }
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== "data" && key !== "msteams") findUnknownProperties(value, `${where}.${key}`, problems);
  }
}

function validate(json) {
  const problems = [];
  // The library checks "lang" with a global (/g) regex, whose lastIndex survives between cards and
  // makes every second card with a lang fail; start each card from a clean regex.
  AC.CardElement.langProperty.regEx.lastIndex = 0;
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message });
  }
  const results = card.validateProperties();
  for (let i = 0; i < results.validationEvents.length; i++) {
    const e = results.validationEvents[i];
    problems.push({ phase: AC.ValidationPhase[e.phase], event: AC.ValidationEvent[e.event], message: e.message });
  }
  findUnknownProperties(json, "$", problems);
  return problems;
}

const folder = process.argv[2];
if (!folder) {
  console.error("Usage: node validate-cards.js <folder with card .json files>");
  process.exit(2);
}
const report = fs.readdirSync(folder)
  .filter((name) => name.endsWith(".json"))
  .sort()
  .map((name) => ({ file: name, problems: validate(JSON.parse(fs.readFileSync(path.join(folder, name), "utf8"))) }));
console.log(JSON.stringify(report, null, 2));
process.exit(report.some((r) => r.problems.length > 0) ? 1 : 0);
