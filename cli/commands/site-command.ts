/**
 * `journey site`: the portfolio (LANGUAGE.md, "Site: `journey site`") as a folder of static
 * pages. The pages come from the generators in `language/generators/site/`; this command
 * loads the workspace, draws the journey maps in one headless Chromium, and writes the files
 * atomically, never over an input. `--shard i/n` writes only the i-th part of the journey
 * pages; `--shard merge` only the pages across journeys; no `--shard`, everything.
 */
import * as path from 'node:path';
import { generateSiteIndexPages, journeyPageFrame, type SiteOptions } from '../../language/generators/site/site-pages.js';
import type { LanguageCode } from '../../language/i18n/languages.js';
import { outputLabelsIn } from '../../language/i18n/output-labels.js';
import { SITE_CSS_PATH, SITE_JS_PATH, sitePaths } from '../../language/generators/site/site-layout.js';
import { SITE_CSS } from '../../language/generators/site/site-style.js';
import { SITE_JS } from '../../language/generators/site/site-script.js';
import { buildWorkspaceModel } from '../../language/model/build-model.js';
import type { JourneyModel } from '../../language/model/journey-model.js';
import type { CliIo } from '../cli-io.js';
import type { SiteShard } from '../command-line.js';
import { ExitCode } from '../exit-code.js';
import { writeOutputFiles, type OutputFile } from '../output-files.js';
import { renderHtmlJourneyMap } from '../render/html-journey-map-output.js';
import type { JourneyOutput } from '../render/journey-outputs.js';
import { renderOutputs, withRenderRun } from '../render/render-outputs.js';
import { withFinalNewline } from '../text-output.js';
import { loadJourneyWorkspace, refuseOnErrors } from './journey-input.js';
import { workspaceLanguage } from '../workspace-language.js';

export interface SiteCommandOptions {
    paths: string[];
    out: string;
    title?: string;
    shard?: SiteShard;
    /** The language of every page and of the CLI's lines; without it, the journey.config.json files decide. */
    lang?: LanguageCode;
}

export async function runSite(options: SiteCommandOptions, io: CliIo): Promise<ExitCode> {
    return withRenderRun('html', async (run) => {
        if (options.shard !== 'merge') {
            // The browser starts while the workspace loads.
            run.session.prestart();
        }
        const workspace = await loadJourneyWorkspace(options.paths, io.cwd, 'all', options.lang);
        // One language for the whole site, so its pages and their bars agree.
        const language = await workspaceLanguage(workspace, options.lang);
        const labels = outputLabelsIn(language);
        run.progress.language = language;
        const refused = refuseOnErrors(workspace, 'site', io, language);
        if (refused !== undefined) {
            return refused;
        }
        const model = buildWorkspaceModel(workspace.elements, workspace.services.evidence.Datasets);
        const siteOptions: SiteOptions = { title: options.title ?? labels.site.siteTitle, labels: labels.site };
        const journeys = options.shard === 'merge' ? [] : journeysOfShard(model.journeys, options.shard);
        const outputs = journeys.map((journey): JourneyOutput => ({
            fileName: sitePaths.journey(journey.name),
            source: '',
            render: (renderer) => renderHtmlJourneyMap(renderer!, journey, model, journeyPageFrame(journey, siteOptions), language),
        }));
        const drawn = await renderOutputs(outputs, run);
        await run.session.close();
        const folder = path.resolve(io.cwd, options.out);
        const files: OutputFile[] = outputs.map((output, index) => ({
            absolutePath: path.join(folder, output.fileName),
            content: withFinalNewline(String(drawn[index])),
        }));
        if (options.shard === undefined || options.shard === 'merge') {
            files.push(
                ...generateSiteIndexPages(model, siteOptions).map((page) => ({ absolutePath: path.join(folder, page.path), content: page.html })),
                { absolutePath: path.join(folder, SITE_CSS_PATH), content: SITE_CSS },
                { absolutePath: path.join(folder, SITE_JS_PATH), content: SITE_JS },
            );
        }
        await writeOutputFiles(files, workspace.files.map((file) => file.absolutePath), io.cwd);
        const part = options.shard === undefined ? '' : options.shard === 'merge' ? labels.cli.siteMerge : labels.cli.siteShard(options.shard.index, options.shard.count);
        io.stderr(`journey: ${labels.cli.wroteSite(files.length, journeys.length, options.out, part)}`);
        return ExitCode.Success;
    });
}

/**
 * The i-th of n parts: the journeys sorted by name, every n-th from the i-th, so a part's
 * content does not depend on the order the files were found in and the parts cover all.
 */
export function journeysOfShard(journeys: readonly JourneyModel[], shard: Exclude<SiteShard, 'merge'> | undefined): JourneyModel[] {
    if (shard === undefined) {
        return [...journeys];
    }
    const sorted = [...journeys].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return sorted.filter((_, position) => position % shard.count === shard.index - 1);
}
