using VaDrafting.Core.Access;
using VaDrafting.Server.Auth;

namespace VaDrafting.Server.Tests.Auth;

public sealed class DirectorySetupTests
{
    private static readonly DirectoryData Added = new(
        [new Organisation("reading-room", "Reading Room", "NGO", DocumentRole.Observer)],
        [new Person("reader-1", "Reader One", "reading-room", "Reader"), new Person("reader-2", "Reader Two", "albania", "Delegate")]);

    [Fact]
    public void Extend_AddsConfiguredPeopleAndOrganisations_AfterTheDemoOnes()
    {
        var demo = DirectorySetup.LoadDemoDirectory();

        var extended = new PeopleDirectory(DirectorySetup.Extend(demo, Added));

        Assert.Equal(demo.People.Count + 2, extended.People.Count);
        Assert.Equal("Reader Two", extended.FindPerson("reader-2")?.Name);
        Assert.Equal(DocumentRole.Observer, extended.FindOrganisation("reading-room")?.DefaultRole);
        Assert.NotNull(extended.FindPerson(DemoPeople.Coordinator));
        Assert.Contains(new OrganisationGrant("reading-room", DocumentRole.Observer), extended.DefaultAccess().Organisations);
    }

    [Fact]
    public void Extend_RefusesAPersonTheDemoDirectoryAlreadyHas()
    {
        var demo = DirectorySetup.LoadDemoDirectory();
        var twice = Added with { People = [.. Added.People, demo.People[0] with { Name = "Someone Else" }] };

        var refusal = Assert.Throws<InvalidOperationException>(() => DirectorySetup.Extend(demo, twice));

        Assert.Contains(demo.People[0].Id, refusal.Message);
    }
}
