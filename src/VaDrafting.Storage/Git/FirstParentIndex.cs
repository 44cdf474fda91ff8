using LibGit2Sharp;

namespace VaDrafting.Storage.Git;

/// <summary>
/// The commit ids of one document's main line (first parents, newest first), walked lazily and kept in
/// memory, so page N of the history costs a walk only the first time it is reached. When the head moves
/// on, only the new commits are walked and put in front; if the old head cannot be found within a short
/// walk (the history was rewritten outside the store), the list starts again from the new head.
/// What has been walked is also kept on disk (<see cref="MainLineFile"/>), so that after a restart a deep page
/// costs a file read instead of a walk over thousands of commits.
/// </summary>
internal sealed class FirstParentIndex
{
    private const int RejoinWalkLimit = 1024;

    private readonly Lock gate = new();
    private readonly List<ObjectId> newestFirst = [];
    private ObjectId? head;
    private bool complete;
    private bool triedFile;
    private int persistedCount;
    private bool persistedComplete;

    /// <summary>How many ids of the main line have been walked so far.</summary>
    public int WalkedCount
    {
        get
        {
            lock (gate) return newestFirst.Count;
        }
    }

    /// <summary>Ids number <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="take"/> - 1 of the main line ending at <paramref name="currentHead"/>.</summary>
    public IReadOnlyList<ObjectId> Slice(string gitDirectory, ObjectId currentHead, int skip, int take)
    {
        var needed = (int)Math.Min(int.MaxValue, (long)skip + take);
        lock (gate)
        {
            if (!triedFile) LoadFromFile(gitDirectory);
            if (!currentHead.Equals(head) || (!complete && newestFirst.Count < needed))
            {
                using var repository = LibGit2Native.NativeRepository.OpenBare(gitDirectory);
                MoveTo(repository, currentHead);
                Extend(repository, needed);
            }
            if (persistedCount != newestFirst.Count || persistedComplete != complete) SaveToFile(gitDirectory);
            if (skip >= newestFirst.Count) return [];
            return newestFirst.GetRange(skip, Math.Min(take, newestFirst.Count - skip));
        }
    }

    private void MoveTo(LibGit2Native.NativeRepository repository, ObjectId currentHead)
    {
        if (currentHead.Equals(head)) return;
        if (head is not null && TryPrependNewCommits(repository, currentHead)) return;
        newestFirst.Clear();
        complete = false;
        persistedCount = 0;
        head = currentHead;
    }

    private void LoadFromFile(string gitDirectory)
    {
        triedFile = true;
        if (MainLineFile.Read(gitDirectory) is not { } saved) return;
        newestFirst.AddRange(saved.NewestFirst);
        head = newestFirst[0];
        complete = saved.Complete;
        persistedCount = newestFirst.Count;
        persistedComplete = complete;
    }

    private void SaveToFile(string gitDirectory)
    {
        MainLineFile.Write(gitDirectory, newestFirst, complete);
        persistedCount = newestFirst.Count;
        persistedComplete = complete;
    }

    private bool TryPrependNewCommits(LibGit2Native.NativeRepository repository, ObjectId currentHead)
    {
        var newer = new List<ObjectId>();
        using var walk = repository.WalkFirstParents(currentHead);
        while (walk.TryNext(out var id) && newer.Count < RejoinWalkLimit)
        {
            if (id.Equals(head))
            {
                newestFirst.InsertRange(0, newer);
                head = currentHead;
                return true;
            }
            newer.Add(id);
        }
        return false;
    }

    private void Extend(LibGit2Native.NativeRepository repository, int needed)
    {
        if (complete || newestFirst.Count >= needed || head is null) return;
        var resumeAfterLast = newestFirst.Count > 0;
        using var walk = repository.WalkFirstParents(resumeAfterLast ? newestFirst[^1] : head);
        if (resumeAfterLast) walk.TryNext(out _);
        while (walk.TryNext(out var id))
        {
            newestFirst.Add(id);
            if (newestFirst.Count >= needed) return;
        }
        complete = true;
    }
}
