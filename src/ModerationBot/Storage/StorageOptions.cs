using System.ComponentModel.DataAnnotations;

namespace ModerationBot.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>.</summary>
    [EnumDataType(typeof(StorageProvider), ErrorMessage = "Storage:Provider must be Sqlite or Postgres.")]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Where the SQLite file lives; created when missing.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The PostgreSQL connection string; required for Postgres, ignored for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a processed activity id is remembered to drop redeliveries.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Storage:ProcessedActivityRetention must be between 00:01:00 and 30.00:00:00.")]
    public TimeSpan ProcessedActivityRetention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How often expired state and old activity ids are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Storage:PurgeInterval must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider == StorageProvider.Postgres && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Storage:ConnectionString is required when Storage:Provider is Postgres.", [nameof(ConnectionString)]);
        }

        if (Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(DataDirectory))
        {
            yield return new ValidationResult(
                "Storage:DataDirectory must name a directory when Storage:Provider is Sqlite.", [nameof(DataDirectory)]);
        }
    }
}
