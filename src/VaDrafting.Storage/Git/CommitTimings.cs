namespace VaDrafting.Storage.Git;

/// <summary>
/// Where the time of one commit went. With fsync on, each phase includes the syncs of what it wrote
/// (objects in <see cref="Blobs"/>, <see cref="Tree"/> and <see cref="Commit"/>; reference and reflogs in
/// <see cref="RefUpdate"/>). <see cref="Total"/> runs from the call to the acknowledgement, lock wait included.
/// </summary>
internal sealed record CommitTimings(
    TimeSpan Open,
    TimeSpan Blobs,
    TimeSpan Tree,
    TimeSpan Commit,
    TimeSpan RefUpdate,
    TimeSpan Total);
