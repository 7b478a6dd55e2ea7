class Search {
  #index = [];
  constructor(url, limit = 10) {
    this.url = url;
    this.limit = limit;
  }
  async load() {
    const response = await fetch(this.url);
    this.#index = (await response.json()).map(({ title, href, body }) => ({ title, href, words: body.toLowerCase().split(/\s+/) }));
  }
  find(query) {
    const terms = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return this.#index
      .filter(page => terms.every(t => page.words.some(w => w.startsWith(t))))
      .slice(0, this.limit);
  }
}
export default Search;
