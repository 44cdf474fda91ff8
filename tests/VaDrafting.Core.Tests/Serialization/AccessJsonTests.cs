using System.Text;
using VaDrafting.Core.Access;
using VaDrafting.Core.Serialization;

namespace VaDrafting.Core.Tests.Serialization;

public class AccessJsonTests
{
    [Fact]
    public void AccessList_RoundTrips_WithItsFocalPoints()
    {
        var access = new AccessList([new MemberGrant("ana", DocumentRole.Coordinator)], [new OrganisationGrant("lao-pdr", DocumentRole.Contributor)])
            .WithFocalPoints("lao-pdr", ["vilay", "khamla"]);

        var read = DocumentJson.DeserializeAccess(DocumentJson.Serialize(access));

        Assert.Equal(access, read);
        Assert.Equal(["vilay", "khamla"], read.FocalPointsOf("lao-pdr").Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void AccessList_WrittenBeforeTheRegister_ReadsWithNoFocalPoints()
    {
        var json = """{"members":[],"organisations":[{"organisationId":"iraq","role":"Contributor"}]}""";

        var read = DocumentJson.DeserializeAccess(Encoding.UTF8.GetBytes(json));

        Assert.Empty(read.FocalPoints);
        Assert.Empty(read.FocalPointsOf("iraq"));
    }

    [Fact]
    public void WithFocalPoints_ReplacesOnlyThatOrganisationsRegister_WithoutDuplicates()
    {
        var access = AccessList.Empty.WithFocalPoints("iraq", ["samir"]).WithFocalPoints("albania", ["arben"]);

        var changed = access.WithFocalPoints("iraq", ["noor", "noor"]);

        Assert.Equal(["noor"], changed.FocalPointsOf("iraq"));
        Assert.Equal(["arben"], changed.FocalPointsOf("albania"));
        Assert.Empty(changed.FocalPointsOf(null));
    }
}
