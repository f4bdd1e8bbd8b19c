var builder = WebApplication.CreateBuilder(args);
builder.AddModerationBot();

var app = builder.Build();
app.MapModerationBot();
app.Run();

/// <summary>Entry point, public so integration tests can host it.</summary>
public partial class Program;
