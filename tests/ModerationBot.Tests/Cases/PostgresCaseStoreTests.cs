using ModerationBot.Tests.Storage;

namespace ModerationBot.Tests.Cases;

/// <summary>The case store tests on PostgreSQL; skipped with a reason unless MODERATIONBOT_TEST_POSTGRES is set.</summary>
public sealed class PostgresCaseStoreTests(PostgresStoreTestDatabase database) : CaseStoreContractTests(database), IClassFixture<PostgresStoreTestDatabase>;
