namespace ModerationBot.Tests.Storage;

/// <summary>The store tests on SQLite files in a temporary directory; always run.</summary>
public sealed class SqliteStoreTests(SqliteStoreTestDatabase database) : StoreContractTests(database), IClassFixture<SqliteStoreTestDatabase>;
