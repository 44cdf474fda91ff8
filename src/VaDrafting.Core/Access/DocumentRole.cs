namespace VaDrafting.Core.Access;

/// <summary>A person's role on one document. Ordered from least to most rights.</summary>
public enum DocumentRole
{
    Observer = 1,
    Contributor = 2,
    Coordinator = 3,
}
