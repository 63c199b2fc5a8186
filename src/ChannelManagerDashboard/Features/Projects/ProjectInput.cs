using ChannelManagerDashboard.Domain.Common;
using ChannelManagerDashboard.Domain.Mews;
using ChannelManagerDashboard.Domain.Projects;

namespace ChannelManagerDashboard.Features.Projects;

/// <summary>What the user types to create or edit a project; kept as typed so nothing is lost when it is invalid.</summary>
public class ProjectInput
{
    public string Name { get; set; } = "";
    public ProjectKind Kind { get; set; } = ProjectKind.ChannelManager;
    public string PartnerId { get; set; } = "";
    public string PilotPropertyName { get; set; } = "";
    public MewsEnvironment Environment { get; set; } = MewsEnvironment.Simulator;
    public string EndpointBaseUrl { get; set; } = "";
    public string ContactPerson { get; set; } = "";

    public static ProjectInput From(CertificationProject project) => new()
    {
        Name = project.Name,
        Kind = project.Kind,
        PartnerId = project.PartnerId,
        PilotPropertyName = project.PilotPropertyName,
        Environment = project.Environment,
        EndpointBaseUrl = project.EndpointBaseUrl,
        ContactPerson = project.ContactPerson,
    };

    /// <summary>Field name → message, empty when the input can be saved.</summary>
    public IReadOnlyDictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Name))
            errors[nameof(Name)] = "Give the project a name, e.g. \"Acme CM – Mews certification 2026\".";
        else if (Name.Trim().Length > 200)
            errors[nameof(Name)] = "Keep the name under 200 characters.";
        if (PartnerIdRule.Check(PartnerId) is { } partnerError)
            errors[nameof(PartnerId)] = partnerError;
        if (Kind == ProjectKind.ChannelManager && EndpointUrlRule.Check(EndpointBaseUrl, required: false) is { } urlError)
            errors[nameof(EndpointBaseUrl)] = urlError;
        return errors;
    }

    public static readonly IReadOnlyList<EditableField<ProjectInput>> Fields =
    [
        new("the name", x => x.Name, (x, v) => x.Name = (string)v!),
        new("the Partner ID", x => x.PartnerId, (x, v) => x.PartnerId = (string)v!),
        new("the pilot property", x => x.PilotPropertyName, (x, v) => x.PilotPropertyName = (string)v!),
        new("the environment", x => x.Environment, (x, v) => x.Environment = (MewsEnvironment)v!),
        new("the base URL", x => x.EndpointBaseUrl, (x, v) => x.EndpointBaseUrl = (string)v!),
        new("the contact person", x => x.ContactPerson, (x, v) => x.ContactPerson = (string)v!),
    ];

    public bool IsSameAs(ProjectInput other) => Fields.All(field => field.Same(this, other));

    public ProjectInput Copy() => (ProjectInput)MemberwiseClone();
}
