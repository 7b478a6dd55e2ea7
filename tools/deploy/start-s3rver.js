// Starts the local S3-compatible server the deploy tests and benchmark use. The published
// @20minutes/s3rver 4.0.4 package lacks its bin/ script, so this calls its CLI module directly.
// Run with NODE_OPTIONS=--openssl-legacy-provider (its listing continuation tokens use DES).
require('@20minutes/s3rver/lib/cli.js').parseAsync(process.argv);
