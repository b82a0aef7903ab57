# The messages capability.
message-title = Bericht
message-from = Van
