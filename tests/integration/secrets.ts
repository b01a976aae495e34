/** Test-only secret; the seed and the tests must agree on it to read encrypted NIKs. */
export const TEST_AUTH_SECRET = "integration-tests-only-secret-7f3a9c";
