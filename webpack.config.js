// The tab bundle (React + Fluent UI) is built from src/tab/ into dist/tab/ and served by the app's
// server under /tab. Until the tab lands this config builds nothing.
module.exports = [];
