// The tab bundle: React + Fluent UI v9, from src/tab/ into dist/tab/, served by the app under /tab.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/**
 * Writes pages.json: for each named lazy chunk (the application "app", a page such as "object"), the script
 * files it needs. The server names them in a Link preload header on that page's HTML, so the browser fetches
 * the application's and the page's code together with the small entry instead of after it (issue 18: the
 * object tab interactive ≤ 1.0 s on a cold cache).
 */
class PageManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('PageManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PageManifestPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entryFiles = new Set(compilation.entrypoints.get('tab').getFiles());
          // The entry's own files come first: the page's chunks must not hold up the bundle they need.
          const pages = { tab: [...entryFiles].filter((f) => f.endsWith('.js')) };
          for (const [name, group] of compilation.namedChunkGroups) {
            if (name === 'tab') continue;
            pages[name] = group.getFiles().filter((f) => f.endsWith('.js') && !entryFiles.has(f));
          }
          const json = JSON.stringify(pages, null, 1);
          compilation.emitAsset('pages.json', new compiler.webpack.sources.RawSource(json));
        },
      );
    });
  }
}

module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'production',
  entry: { tab: './src/tab/index.tsx' },
  output: {
    path: path.resolve(__dirname, 'dist/tab'),
    filename: '[name].[contenthash:8].js',
    chunkFilename: '[name].[contenthash:8].js',
    publicPath: '/tab/assets/',
    clean: true,
  },
  resolve: { extensions: ['.tsx', '.ts', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        // Loaders run bottom to top: TypeScript to JavaScript first, then Griffel resolves our makeStyles
        // at build time (ADR 0039), as Fluent's own packages ship theirs, so the tab does not turn style
        // objects into CSS in the browser while it opens.
        use: [
          {
            loader: '@griffel/webpack-loader',
            // Griffel evaluates the style objects, reading the TypeScript modules they import.
            options: { babelOptions: { presets: ['@babel/preset-typescript'] } },
          },
          {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
            options: { transpileOnly: true, configFile: 'tsconfig.tab.json' },
          },
        ],
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './src/tab/index.html', filename: 'index.html' }),
    new PageManifestPlugin(),
  ],
  devtool: 'source-map',
  performance: { hints: false },
  stats: 'errors-warnings',
});
