/** README rules tables (package and repository) and per-rule doc headers. */
module.exports = {
  pathRuleList: ['README.md', '../README.md'],
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  // The TypeScript, Java and Go variants enable the same rules as their JavaScript presets, for those files.
  ignoreConfig: ['recommended-typescript', 'strict-typescript', 'recommended-java', 'strict-java', 'recommended-go', 'strict-go'],
  ruleDocSectionInclude: ['Examples', 'Sources'],
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions'],
  urlRuleDoc: (name) => `https://github.com/keepalive-lint/keepalive-lint/blob/main/eslint-plugin/docs/rules/${name}.md`,
};
