using ModerationBot.Tests.Storage;

namespace ModerationBot.Tests.Cases;

/// <summary>The case store tests on SQLite files; always run.</summary>
public sealed class SqliteCaseStoreTests(SqliteStoreTestDatabase database) : CaseStoreContractTests(database), IClassFixture<SqliteStoreTestDatabase>;
