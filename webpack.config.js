// The tab bundle: React + Fluent UI v9, from src/tab/ into dist/tab/, served by the app under /tab.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

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
        loader: 'ts-loader',
        // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
        options: { transpileOnly: true, configFile: 'tsconfig.tab.json' },
        exclude: /node_modules/,
      },
    ],
  },
  plugins: [new HtmlWebpackPlugin({ template: './src/tab/index.html', filename: 'index.html' })],
  devtool: 'source-map',
  performance: { hints: false },
  stats: 'errors-warnings',
});
