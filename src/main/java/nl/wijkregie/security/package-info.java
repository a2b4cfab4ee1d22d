/**
 * Who is asking, in which role, for which team. Roles come from the container (local registry in demo mode, OpenID
 * Connect in production); team membership comes from our own tables and is read on every request, so that taking a
 * professional off a team revokes access at once. Every authorisation decision about team scope goes through
 * {@link nl.wijkregie.security.CurrentUser}.
 */
package nl.wijkregie.security;
