// The in-flight counter now lives in adapters/common (Discord drains with it too); kept here for existing imports.
export { createInflight, type Inflight } from '../common/inflight.js';
