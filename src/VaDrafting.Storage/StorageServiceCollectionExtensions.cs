using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace VaDrafting.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDocumentStore"/> as a singleton <see cref="GitDocumentStore"/> configured from the
    /// <c>Storage</c> section (<c>DataPath</c>, default <c>./data</c>; <c>Fsync</c>, default true), validated on start.
    /// </summary>
    public static IServiceCollection AddDocumentStore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(options => !string.IsNullOrWhiteSpace(options.DataPath), "Storage:DataPath is required.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDocumentStore>(provider => new GitDocumentStore(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<GitDocumentStore>>()));
        return services;
    }
}
