using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using VaDrafting.Storage.History;

namespace VaDrafting.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IDocumentStore"/> as a singleton <see cref="GitDocumentStore"/> (and its <see cref="IBlockHistoryIndex"/>) configured from the
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
        services.TryAddSingleton(provider => new GitDocumentStore(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<GitDocumentStore>>()));
        services.TryAddSingleton<IDocumentStore>(provider => provider.GetRequiredService<GitDocumentStore>());
        services.TryAddSingleton<IBlockHistoryIndex>(provider => new GitBlockHistoryIndex(provider.GetRequiredService<GitDocumentStore>()));
        return services;
    }
}
