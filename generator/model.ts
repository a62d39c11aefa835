/** The view model (generator/model/): its types and buildModel, where the emitters import them. */
export * from './model/index.js';
