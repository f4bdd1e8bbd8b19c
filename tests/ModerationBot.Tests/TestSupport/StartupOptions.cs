using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ModerationBot.Tests.TestSupport;

/// <summary>The host's options as startup sees them, without starting a server.</summary>
internal static class StartupOptions
{
    // The same registrations and the same start-time validation the host runs (IStartupValidator is what
    // ValidateOnStart feeds).
    public static void Validate(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddModerationBot();
        using var services = builder.Services.BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    /// <summary>The keys configuration binding can set on <paramref name="optionsType"/>.</summary>
    public static IEnumerable<string> BindableProperties(Type optionsType) =>
        optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic).Select(p => p.Name);
}
