/** README rules tables (package and repository) and per-rule doc headers. */
module.exports = {
  pathRuleList: ['README.md', '../README.md'],
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocSectionInclude: ['Examples', 'Sources'],
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions'],
  urlRuleDoc: (name) => `https://github.com/keepalive-lint/keepalive-lint/blob/main/eslint-plugin/docs/rules/${name}.md`,
};
