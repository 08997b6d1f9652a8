// html-validate over every page of dist/ (tests/build/quality.test.ts): the recommended rules,
// with one exception.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A page's <title> is the article's own headline (or a quote) and the site name: news
    // headlines run past the 70-character search-result heuristic, and we never shorten them.
    'long-title': 'off',
  },
};
