namespace ModerationBot.Tests.Storage;

/// <summary>The store tests on PostgreSQL; skipped with a reason unless MODERATIONBOT_TEST_POSTGRES is set.</summary>
public sealed class PostgresStoreTests(PostgresStoreTestDatabase database) : StoreContractTests(database), IClassFixture<PostgresStoreTestDatabase>;
