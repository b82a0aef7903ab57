# The topics capability.
topics-title = Topics
topics-followed = Topics I follow
topics-none-followed = You follow no topics yet. Open a #topic in a post and follow it to see its posts at home.
topics-popular = Popular topics
topics-none = No posts have a #topic yet.
topic-follow = Follow topic
topic-unfollow = Unfollow topic
topic-empty = No posts you can read have this topic.
flash-topic-followed = You follow this topic: its posts appear in your home feed.
flash-topic-unfollowed = You no longer follow this topic.
