# The messages capability.
message-title = Message
message-from = From
