// mermaid-cli (`mmdc`, used only by `npm run bench:render`) depends on puppeteer, whose install
// script would download a Chrome build: that cannot work offline and is not needed, because
// everything that renders here uses the system Chromium.
module.exports = { skipDownload: true };
