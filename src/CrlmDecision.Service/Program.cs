using CrlmDecision.Service.Hosting;

ServiceApp.Build(args).Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
