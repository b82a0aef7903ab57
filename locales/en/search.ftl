search-title = Search
search-title-for = Search: { $q }
search-label = Search posts, people and groups
search-type = Type
search-type-all = Every type
search-sort = Order
search-sort-best = Best match first
search-sort-newest = Newest first
search-in-group = Only in { $group }.
search-everywhere = Search everywhere
search-button = Search
search-shortened = Your search was shortened to its first { $max } characters.
search-building = The search index is still being built; some posts may not be found yet.
search-people = People
search-groups = Groups
search-posts = Posts
search-total = { $count ->
    [one] { $count } post found
   *[other] { $count } posts found
}
search-nothing = No posts match. Try fewer or other words.
search-pages = More results
search-previous = Previous page
search-next = Next page
nav-search = Search
