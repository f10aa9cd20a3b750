// `npm run playground:serve`: serves out/playground/ on localhost for trying it out. The port
// comes from PORT (0, the default, takes a free one); the URL is printed.
import { createPlaygroundServer } from './static-server.mjs';

const server = await createPlaygroundServer(Number(process.env.PORT ?? 0));
console.log(`Journey playground: ${server.url}`);
