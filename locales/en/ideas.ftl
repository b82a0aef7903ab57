# The ideas capability.
idea-status-heading = Status of this idea
idea-no-response = Nobody has responded to this idea yet.
field-idea-status = New status
field-idea-response = Your response to the author
idea-response-hint = Every status change needs a written response: explain what happens next, or why not.
idea-change-status = Change status
flash-idea-status-changed = The idea's status is changed; its author and followers have been told.
error-not-an-idea = Only an idea has a status.
error-idea-status = Choose one of the statuses offered.
ideas-in = Ideas in { $name }
ideas-by-status = Ideas by status
ideas-all = All
ideas-none = No ideas here yet.
