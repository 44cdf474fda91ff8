using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace VaDrafting.Storage.Tests;

public sealed class ServiceRegistrationTests(TemporaryFolder folder) : IClassFixture<TemporaryFolder>
{
    [Fact]
    public void AddDocumentStore_BindsTheStorageSectionAndCreatesTheDataFolder()
    {
        var dataPath = Path.Combine(folder.Path, "configured", "data");
        using var provider = BuildProvider(new Dictionary<string, string?> { ["Storage:DataPath"] = dataPath, ["Storage:Fsync"] = "false" });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var store = provider.GetRequiredService<IDocumentStore>();

        var gitStore = Assert.IsType<GitDocumentStore>(store);
        Assert.Same(store, provider.GetRequiredService<IDocumentStore>());
        Assert.Equal(Path.GetFullPath(dataPath), gitStore.DataPath);
        Assert.True(Directory.Exists(dataPath));
        Assert.False(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Fsync);
    }

    [Fact]
    public void StorageOptions_DefaultToTheDataFolderWithFsync()
    {
        var options = new StorageOptions();

        Assert.Equal("./data", options.DataPath);
        Assert.True(options.Fsync);
    }

    [Fact]
    public void AddDocumentStore_WithBlankDataPath_FailsValidationAtStart()
    {
        using var provider = BuildProvider(new Dictionary<string, string?> { ["Storage:DataPath"] = " ", ["Storage:Fsync"] = "false" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:DataPath is required.", error.Message);
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddDocumentStore();
        return services.BuildServiceProvider();
    }
}
