using LibGit2Sharp;

namespace VaDrafting.Storage.Git;

/// <summary>Rebuilds the store's records from Git objects.</summary>
internal static class VersionMapping
{
    public static VersionInfo ToVersionInfo(Commit commit)
    {
        var message = MessageTrailers.Parse(commit.Message);
        return new VersionInfo(
            commit.Sha,
            commit.Parents.FirstOrDefault()?.Sha,
            commit.Author.When,
            message.UserId ?? Identities.UserIdFromEmail(commit.Author.Email),
            commit.Author.Name,
            message.Organisation,
            message.Body);
    }

    public static CirculatedVersion ToCirculatedVersion(Tag tag, Commit commit)
    {
        var annotation = tag.Annotation;
        var message = MessageTrailers.Parse(annotation.Message);
        return new CirculatedVersion(
            tag.FriendlyName,
            commit.Sha,
            message.UserId ?? Identities.UserIdFromEmail(annotation.Tagger.Email),
            annotation.Tagger.Name,
            annotation.Tagger.When,
            message.Body);
    }
}
