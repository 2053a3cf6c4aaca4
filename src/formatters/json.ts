/** `json`: the results as ESLint prints them, `JSON.stringify(results)`. */
import type { Formatter } from './types.js';

const json: Formatter = (results) => JSON.stringify(results);

export default json;
