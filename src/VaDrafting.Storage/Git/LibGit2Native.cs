using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using LibGit2Sharp;

namespace VaDrafting.Storage.Git;

/// <summary>How a compare-and-swap of a reference ended.</summary>
internal enum RefUpdateOutcome
{
    Updated,
    /// <summary>The reference no longer pointed at the expected commit: another writer moved it.</summary>
    Moved,
    /// <summary>The reference's lock file exists: another writer holds it, or a crash left it behind.</summary>
    Locked,
}

/// <summary>
/// Calls into the very libgit2 library LibGit2Sharp has loaded, for what LibGit2Sharp does not expose:
/// the process-wide fsync switch (<c>GIT_OPT_ENABLE_FSYNC_GITDIR</c>), a reference update that checks
/// the old value under the reference's lock file (<c>git_reference_create_matching</c>), and a
/// first-parent revision walk that yields ids only. LibGit2Sharp's <c>Refs.UpdateTarget</c> re-reads the
/// reference just before writing, so it cannot detect that another process moved the branch after we
/// chose our parent commit.
/// </summary>
internal static unsafe class LibGit2Native
{
    private const int OptionEnableStrictObjectCreation = 14;
    private const int OptionEnableFsyncGitDir = 19;
    private const int ErrorExists = -4;
    private const int ErrorLocked = -14;
    private const int ErrorModified = -15;
    private const int ErrorIterationOver = -31;
    private const uint SortNone = 0;
    private const int ObjectIdSize = 20;

    private static readonly Lazy<Exports> Native = new(Exports.Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock FsyncGate = new();
    private static bool? fsyncGitDir;

    /// <summary>The name LibGit2Sharp imports libgit2 by, e.g. <c>git2-5853918</c>.</summary>
    public static string LibraryName => Native.Value.Name;

    /// <summary>
    /// Turns libgit2's fsync of objects, references and reflogs on or off for the whole process.
    /// Returns true when the setting changed.
    /// </summary>
    public static bool SetFsyncGitDir(bool enabled)
    {
        lock (FsyncGate)
        {
            if (fsyncGitDir == enabled) return false;
            if (SetOption(OptionEnableFsyncGitDir, enabled ? 1 : 0) < 0)
            {
                throw new InvalidOperationException($"libgit2 refused to change its fsync setting: {LastErrorMessage()}");
            }
            fsyncGitDir = enabled;
            return true;
        }
    }

    /// <summary>
    /// Stops libgit2 from looking up, for every tree and commit it writes, that the objects they point to exist.
    /// The store only ever points to objects it has just written or read, so the look-ups are pure cost on
    /// the write path (about a millisecond per commit here).
    /// </summary>
    public static void SkipStrictObjectCreationChecks()
    {
        if (SetOption(OptionEnableStrictObjectCreation, 0) < 0)
        {
            throw new InvalidOperationException($"libgit2 refused to change its object creation setting: {LastErrorMessage()}");
        }
    }

    private static int SetOption(int option, int value)
    {
        var exports = Native.Value;
        return OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64
            ? exports.OptionsArm64Apple(option, 0, 0, 0, 0, 0, 0, 0, value)
            : exports.Options(option, value);
    }

    /// <summary>
    /// On Linux, the files of libgit2 mapped into this process. More than one means two copies of the
    /// library are loaded and the fsync switch may not reach LibGit2Sharp's copy. Empty where unknown.
    /// </summary>
    public static IReadOnlyList<string> LoadedLibraryFiles()
    {
        const string maps = "/proc/self/maps";
        if (!OperatingSystem.IsLinux() || !File.Exists(maps)) return [];
        var fileName = $"lib{LibraryName}.so";
        return File.ReadLines(maps)
            .Select(line => line.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0 ? line[slash..] : "")
            .Where(path => Path.GetFileName(path) == fileName)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Points <paramref name="referenceName"/> at <paramref name="target"/> only if it still points at
    /// <paramref name="expected"/> (checked under the reference's lock file), writing a reflog entry by
    /// <paramref name="identityName"/>.
    /// </summary>
    public static RefUpdateOutcome CompareAndSwap(
        string gitDirectory,
        string referenceName,
        ObjectId target,
        ObjectId expected,
        string logMessage,
        string identityName,
        string identityEmail)
    {
        using var repository = NativeRepository.OpenBare(gitDirectory);
        return repository.CompareAndSwap(referenceName, target, expected, logMessage, identityName, identityEmail);
    }

    /// <summary>A libgit2 repository handle of our own, for the calls LibGit2Sharp does not offer. Not thread-safe.</summary>
    internal sealed class NativeRepository : IDisposable
    {
        private nint handle;

        private NativeRepository(nint handle) => this.handle = handle;

        public static NativeRepository OpenBare(string gitDirectory)
        {
            nint opened = 0;
            fixed (byte* path = Utf8(gitDirectory))
            {
                Check(Native.Value.RepositoryOpenBare(&opened, path), $"open the repository {gitDirectory}");
            }
            return new NativeRepository(opened);
        }

        /// <inheritdoc cref="LibGit2Native.CompareAndSwap"/>
        public RefUpdateOutcome CompareAndSwap(
            string referenceName, ObjectId target, ObjectId expected, string logMessage, string identityName, string identityEmail)
        {
            var exports = Native.Value;
            fixed (byte* name = Utf8(identityName))
            fixed (byte* email = Utf8(identityEmail))
            {
                Check(exports.RepositorySetIdent(Handle, name, email), "set the reflog identity");
            }

            nint reference = 0;
            int result;
            fixed (byte* name = Utf8(referenceName))
            fixed (byte* message = Utf8(logMessage))
            fixed (byte* targetId = RawId(target))
            fixed (byte* expectedId = RawId(expected))
            {
                result = exports.ReferenceCreateMatching(&reference, Handle, name, targetId, 1, expectedId, message);
            }
            if (reference != 0) exports.ReferenceFree(reference);

            return result switch
            {
                0 => RefUpdateOutcome.Updated,
                ErrorModified or ErrorExists => RefUpdateOutcome.Moved,
                ErrorLocked => RefUpdateOutcome.Locked,
                _ => throw new LibGit2SharpException($"Updating {referenceName} failed ({result}): {LastErrorMessage()}"),
            };
        }

        /// <summary>
        /// The commits reached from <paramref name="from"/> through first parents, newest first.
        /// libgit2's revision walk reads only what it needs (and the commit-graph file when there is one);
        /// LibGit2Sharp's commit log would also load every commit as an object.
        /// </summary>
        public FirstParentWalk WalkFirstParents(ObjectId from)
        {
            var exports = Native.Value;
            nint walk = 0;
            Check(exports.RevwalkNew(&walk, Handle), "start a revision walk");
            try
            {
                Check(exports.RevwalkSorting(walk, SortNone), "set the walk order");
                Check(exports.RevwalkSimplifyFirstParent(walk), "follow first parents only");
                fixed (byte* start = RawId(from))
                {
                    Check(exports.RevwalkPush(walk, start), $"start the walk at {from.Sha}");
                }
                return new FirstParentWalk(walk);
            }
            catch
            {
                exports.RevwalkFree(walk);
                throw;
            }
        }

        private nint Handle => handle != 0 ? handle : throw new ObjectDisposedException(nameof(NativeRepository));

        public void Dispose()
        {
            if (handle == 0) return;
            Native.Value.RepositoryFree(handle);
            handle = 0;
        }
    }

    /// <summary>A running first-parent walk; one id at a time, newest first. Not thread-safe.</summary>
    internal sealed class FirstParentWalk : IDisposable
    {
        private nint walk;

        internal FirstParentWalk(nint walk) => this.walk = walk;

        public bool TryNext([NotNullWhen(true)] out ObjectId? id)
        {
            if (walk == 0) throw new ObjectDisposedException(nameof(FirstParentWalk));
            var raw = new byte[ObjectIdSize];
            int result;
            fixed (byte* output = raw)
            {
                result = Native.Value.RevwalkNext(output, walk);
            }
            if (result == ErrorIterationOver)
            {
                id = null;
                return false;
            }
            Check(result, "continue the revision walk");
            id = new ObjectId(raw);
            return true;
        }

        public void Dispose()
        {
            if (walk == 0) return;
            Native.Value.RevwalkFree(walk);
            walk = 0;
        }
    }

    private static byte[] RawId(ObjectId id)
    {
        var raw = id.RawId;
        return raw.Length == ObjectIdSize ? raw : throw new InvalidOperationException("Only SHA-1 object ids are supported.");
    }

    private static void Check(int result, string action)
    {
        if (result < 0)
        {
            throw new LibGit2SharpException($"libgit2 could not {action} ({result}): {LastErrorMessage()}");
        }
    }

    private static string LastErrorMessage()
    {
        var error = Native.Value.ErrorLast();
        if (error == 0) return "no details";
        var message = *(byte**)error;
        return message == null ? "no details" : Marshal.PtrToStringUTF8((nint)message) ?? "no details";
    }

    private static byte[] Utf8(string value)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(value) + 1];
        Encoding.UTF8.GetBytes(value, bytes);
        return bytes;
    }

    private sealed class Exports
    {
        public required string Name { get; init; }
        public required delegate* unmanaged[Cdecl]<int, int, int> Options { get; init; }
        // Apple's arm64 ABI passes variadic arguments on the stack: pad the named-argument registers.
        public required delegate* unmanaged[Cdecl]<int, nint, nint, nint, nint, nint, nint, nint, int, int> OptionsArm64Apple { get; init; }
        public required delegate* unmanaged[Cdecl]<nint*, byte*, int> RepositoryOpenBare { get; init; }
        public required delegate* unmanaged[Cdecl]<nint, byte*, byte*, int> RepositorySetIdent { get; init; }
        public required delegate* unmanaged[Cdecl]<nint, void> RepositoryFree { get; init; }
        public required delegate* unmanaged[Cdecl]<nint*, nint, byte*, byte*, int, byte*, byte*, int> ReferenceCreateMatching { get; init; }
        public required delegate* unmanaged[Cdecl]<nint, void> ReferenceFree { get; init; }
        public required delegate* unmanaged[Cdecl]<nint> ErrorLast { get; init; }
        public required delegate* unmanaged[Cdecl]<nint*, nint, int> RevwalkNew { get; init; }
        public required delegate* unmanaged[Cdecl]<nint, uint, int> RevwalkSorting { get; init; }
        public required delegate* unmanaged[Cdecl]<nint, int> RevwalkSimplifyFirstParent { get; init; }
        public required delegate* unmanaged[Cdecl]<nint, byte*, int> RevwalkPush { get; init; }
        public required delegate* unmanaged[Cdecl]<byte*, nint, int> RevwalkNext { get; init; }
        public required delegate* unmanaged[Cdecl]<nint, void> RevwalkFree { get; init; }

        public static Exports Load()
        {
            // Let LibGit2Sharp load and initialise libgit2 first, so that loading the same name below
            // returns the handle of the library it already uses.
            _ = GlobalSettings.Version.Features;
            var assembly = typeof(Repository).Assembly;
            foreach (var name in CandidateNames(assembly))
            {
                if (TryLoad(name, assembly, out var handle))
                {
                    return new Exports
                    {
                        Name = name,
                        Options = (delegate* unmanaged[Cdecl]<int, int, int>)NativeLibrary.GetExport(handle, "git_libgit2_opts"),
                        OptionsArm64Apple = (delegate* unmanaged[Cdecl]<int, nint, nint, nint, nint, nint, nint, nint, int, int>)NativeLibrary.GetExport(handle, "git_libgit2_opts"),
                        RepositoryOpenBare = (delegate* unmanaged[Cdecl]<nint*, byte*, int>)NativeLibrary.GetExport(handle, "git_repository_open_bare"),
                        RepositorySetIdent = (delegate* unmanaged[Cdecl]<nint, byte*, byte*, int>)NativeLibrary.GetExport(handle, "git_repository_set_ident"),
                        RepositoryFree = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(handle, "git_repository_free"),
                        ReferenceCreateMatching = (delegate* unmanaged[Cdecl]<nint*, nint, byte*, byte*, int, byte*, byte*, int>)NativeLibrary.GetExport(handle, "git_reference_create_matching"),
                        ReferenceFree = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(handle, "git_reference_free"),
                        ErrorLast = (delegate* unmanaged[Cdecl]<nint>)NativeLibrary.GetExport(handle, "git_error_last"),
                        RevwalkNew = (delegate* unmanaged[Cdecl]<nint*, nint, int>)NativeLibrary.GetExport(handle, "git_revwalk_new"),
                        RevwalkSorting = (delegate* unmanaged[Cdecl]<nint, uint, int>)NativeLibrary.GetExport(handle, "git_revwalk_sorting"),
                        RevwalkSimplifyFirstParent = (delegate* unmanaged[Cdecl]<nint, int>)NativeLibrary.GetExport(handle, "git_revwalk_simplify_first_parent"),
                        RevwalkPush = (delegate* unmanaged[Cdecl]<nint, byte*, int>)NativeLibrary.GetExport(handle, "git_revwalk_push"),
                        RevwalkNext = (delegate* unmanaged[Cdecl]<byte*, nint, int>)NativeLibrary.GetExport(handle, "git_revwalk_next"),
                        RevwalkFree = (delegate* unmanaged[Cdecl]<nint, void>)NativeLibrary.GetExport(handle, "git_revwalk_free"),
                    };
                }
            }
            throw new DllNotFoundException(
                $"Could not load the libgit2 library bundled with LibGit2Sharp (tried {string.Join(", ", CandidateNames(assembly))}).");
        }

        private static IEnumerable<string> CandidateNames(Assembly assembly)
        {
            // LibGit2Sharp imports libgit2 under a generated constant; fall back to the documented
            // "git2-<first 7 characters of the libgit2 commit>" pattern if the constant ever moves.
            var generated = assembly.GetType("LibGit2Sharp.Core.NativeDllName")
                ?.GetField("Name", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                ?.GetRawConstantValue() as string;
            if (generated is not null) yield return generated;
            var sha = GlobalSettings.Version.LibGit2CommitSha;
            var derived = $"git2-{sha[..Math.Min(7, sha.Length)]}";
            if (derived != generated) yield return derived;
        }

        private static bool TryLoad(string name, Assembly assembly, out nint handle)
        {
            // Same probing as LibGit2Sharp's own resolver: the application's native assets first, then the
            // runtimes/<rid>/native folders shipped by LibGit2Sharp.NativeBinaries.
            if (NativeLibrary.TryLoad(name, assembly, null, out handle)) return true;
            var runtimes = Path.Combine(AppContext.BaseDirectory, "runtimes");
            if (!Directory.Exists(runtimes)) return false;
            var architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
            var fileName = OperatingSystem.IsWindows() ? $"{name}.dll"
                : OperatingSystem.IsMacOS() ? $"lib{name}.dylib"
                : $"lib{name}.so";
            foreach (var folder in Directory.EnumerateDirectories(runtimes, $"*-{architecture}"))
            {
                if (NativeLibrary.TryLoad(Path.Combine(folder, "native", fileName), out handle)) return true;
            }
            return false;
        }
    }
}
