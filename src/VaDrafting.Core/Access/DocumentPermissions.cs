namespace VaDrafting.Core.Access;

/// <summary>Things a person can do on a document.</summary>
public enum DocumentAction
{
    Read,
    ImportVersion,
    TagVersion,
    EditText,
    ManageAccess,
}

/// <summary>The permission rules, as pure functions of a role.</summary>
public static class DocumentPermissions
{
    public static bool Allows(DocumentRole? role, DocumentAction action) => action switch
    {
        DocumentAction.Read => role is not null,
        DocumentAction.ImportVersion or DocumentAction.TagVersion or DocumentAction.EditText
            or DocumentAction.ManageAccess => role == DocumentRole.Coordinator,
        _ => false,
    };
}
