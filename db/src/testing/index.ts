/// <reference path="./provided.d.ts" />
export { adminUrl, createTestDatabase, dropDatabase, type TestDatabase } from './databases';
