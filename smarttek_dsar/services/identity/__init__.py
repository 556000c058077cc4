"""Who is asking: identity checks and the clock paused while information is awaited (GDPR 12(6))."""
