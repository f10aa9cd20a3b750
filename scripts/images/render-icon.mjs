// Renders images/icon.png (the marketplace icon, 256x256) from the SVG below in headless
// Chromium: a journey's emotion curve over its phases. Run: node scripts/images/render-icon.mjs
import { chromium } from 'playwright-core';

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect width="256" height="256" rx="44" fill="#1f3a5f"/>
  <g stroke="#35557d" stroke-width="4">
    <line x1="70" y1="44" x2="70" y2="212"/><line x1="128" y1="44" x2="128" y2="212"/><line x1="186" y1="44" x2="186" y2="212"/>
  </g>
  <path d="M36 150 C 60 150, 60 96, 86 96 S 112 176, 140 176 S 176 70, 220 70" fill="none" stroke="#f6c344" stroke-width="14" stroke-linecap="round"/>
  <g fill="#ffffff" stroke="#1f3a5f" stroke-width="6">
    <circle cx="36" cy="150" r="15"/><circle cx="86" cy="96" r="15"/><circle cx="140" cy="176" r="15"/><circle cx="220" cy="70" r="15"/>
  </g>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.JOURNEY_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
    const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.screenshot({ path: 'images/icon.png', omitBackground: true, clip: { x: 0, y: 0, width: 256, height: 256 } });
} finally {
    await browser.close();
}
