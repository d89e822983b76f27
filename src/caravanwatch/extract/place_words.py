"""Word lists of :mod:`.places`: capitalised words that are not places, words that may
stand next to a place without being part of its name, and the heads of place phrases.
Split from :mod:`.places` (each list says how it was chosen).
"""

from __future__ import annotations

from caravanwatch.extract.gazetteer import normalize

# Capitalised English and Spanish words that are also GeoNames names in the data (found
# by listing the one-word names of 5,000 people or more and keeping those that are
# common words, first names, surnames of public figures or month/weekday names).  They
# are never places in find_places; geocode_place still resolves them when asked.
STOPLIST: frozenset[str] = frozenset(normalize(w) for w in ["Union", "Reading", "Mission", "Orange", "Surprise", "Temple", "Allen", "Tyler", "Kyle", "Austin", "Commerce", "Paradise", "Highland", "Justin", "Lucas", "Hudson", "Keller", "Sherman", "Marshall", "Manor", "Florence", "Globe", "Liberty", "Hope", "Victoria", "Reforma", "Libertad", "Esperanza", "Progreso", "Guadalupe", "Dolores", "Mercedes", "Concepción", "Soledad", "Paz", "Paraíso", "Rosario", "Morales", "Hernández", "Juárez", "Hidalgo", "Zaragoza", "Obregón", "Madero", "Guerrero", "Allende", "Morelos", "Ocampo", "Escobedo", "Galeana", "Jiménez", "Rivera", "Fuentes", "Cortés", "Cortes", "Colón", "Colon", "Nueva", "Nuevo", "Santa", "San", "Santo", "Villa", "Ciudad", "Frontera", "Puerto", "Río", "Rio", "Isla", "Playa", "Laguna", "Nacional", "Central", "Trinidad", "Providencia", "Independencia", "Unión", "Constitución", "Revolución", "Emiliano", "Zapata", "Lázaro", "Cárdenas", "Benito", "Vicente", "Guerrero", "Miguel", "Alemán", "Francisco", "Ignacio", "Manuel", "José", "Juan", "Pedro", "Pablo", "Luis", "Carlos", "Jesús", "Maria", "María", "Marcos", "Lucía", "Rosa", "Ana", "Sara", "Tomás", "Martín", "Santiago", "Antonio", "Gabriel", "Rafael", "Domingo", "Sábado", "Lunes", "Martes", "Jueves", "Viernes", "Enero", "Mayo", "Junio", "Julio", "Agosto", "March", "May", "June", "August", "Monday", "Friday", "Sunday", "Police", "Pilot", "Eagle", "Security", "Border", "Mesa", "Plaza", "Mercado", "Centro", "Norte", "Sur", "Oriente", "Poniente", "Buenavista", "Bellavista", "Linda", "Bonita", "Encarnación", "Asunción", "Salvador", "Mexico", "Texas", "Chula", "Carmen", "Cruz", "Leon", "León", "Nazareth", "Belén", "Bethlehem", "Canaan", "Paris", "Athens", "Palestine", "Jordan", "Lima", "Sandoval", "Castillo", "Castro", "Ortiz", "Ramos", "Rojas", "Flores", "Mendoza", "Moreno", "Vargas", "Reyes", "Torres", "Aguilar", "Herrera", "Medina", "Delgado", "Navarro", "Ramírez", "Díaz", "Gómez", "Pérez", "López", "Sánchez", "García", "Martínez", "González", "Rodríguez", "Romero", "Suárez", "Ruiz", "Vega", "Vázquez", "Álvarez", "Lerdo", "Tejeda", "Carranza", "Camacho", "Calles", "Gutiérrez", "Espinosa", "Vidal", "Mora", "Ayala", "Escalante", "Ebrard", "Bravo", "Bolívar", "Sucre", "Nogal", "Salinas", "Garza", "Chavez", "Chávez", "Perry", "Bush", "Trump", "Biden", "Obama", "Clinton", "Harris", "Kelly", "Homeland", "Customs", "Patrol", "Caravan", "Migrant", "Post", "Summit", "Pueblo", "Para", "Washington", "Cuauhtémoc"]) | frozenset(normalize(w) for w in (
    # heroes and presidents whose names are also municipalities, and English phrases
    "Benito Juárez", "Miguel Hidalgo", "Emiliano Zapata", "Lázaro Cárdenas",
    "Venustiano Carranza", "Vicente Guerrero", "Álvaro Obregón", "Ignacio Zaragoza",
    "Miguel Alemán", "Francisco Villa", "Pancho Villa", "Adolfo López Mateos",
    "Gustavo Díaz Ordaz", "Plutarco Elías Calles", "Ignacio Allende", "Guadalupe Victoria",
    "Nicolás Bravo", "Mariano Escobedo", "Melchor Ocampo", "José María Morelos",
    "Francisco I. Madero", "Juan Orlando", "White House", "Capitol Hill", "Wall Street",
))

# Capitalised words that may stand right before a place without making it part of a
# longer proper name ("In Tapachula", "Desde Huixtla").  Any other capitalised word
# right before or after a GeoNames match ("Jimmy Morales", "Juan Orlando Hernández",
# "Morales Cruz") makes the match part of a person's or organisation's name.
FUNCTION_CAPS: frozenset[str] = frozenset(normalize(w) for w in ["In", "At", "From", "To", "Near", "Outside", "Inside", "Into", "Through", "Toward", "Towards", "Across", "Via", "Past", "Beyond", "Along", "The", "And", "But", "Then", "While", "When", "After", "Before", "Since", "Until", "Between", "Around", "Leaving", "Reaching", "En", "A", "Al", "De", "Del", "Desde", "Hacia", "Hasta", "Por", "Para", "El", "La", "Los", "Las", "Y", "E", "Entre", "Cerca", "Sobre", "Tras", "Con", "Of", "On", "Or", "For", "By", "As", "Under", "Over"])

# Weekdays and months: a capitalised date word next to a place does not make it part of a
# longer name ("reached Huixtla Tuesday night", "Tapachula October 20"), and does not count
# towards headline case.  English and Spanish, written out by hand.
CALENDAR_CAPS: frozenset[str] = frozenset(normalize(w) for w in ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo", "Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre", "Setiembre", "Octubre", "Noviembre", "Diciembre"])

# Prepositions that open a place phrase in a headline ("Rests In Vado Hondo"): a
# capitalised word between one of these and a GeoNames name is the first word of a longer
# name the gazetteer lacks, unless it is a direction ("In Southern ...").  "To" is not
# here: it heads verbs in headlines ("Caravan To Reach Tijuana").
HEADLINE_PLACE_PREPS: frozenset[str] = frozenset(normalize(w) for w in ["In", "At", "Near", "Into", "Through", "From", "Outside", "Inside", "Across", "Toward", "Towards", "Via", "En", "Desde", "Hacia", "Cerca"])
_DIRECTION_CAPS: frozenset[str] = frozenset(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "southeastern", "southwestern", "northeastern", "northwestern", "norte", "sur", "oriente", "occidente"])

# Lower-case words that may sit inside a multi-word name ("Ciudad de México").
CONNECTORS: frozenset[str] = frozenset(
    ["de", "del", "la", "las", "los", "el", "y", "e", "of", "the", "da", "do", "dos", "das"]
)

# Capitalised words that may head a place name's phrase ("Estado de Chiapas", "Port of
# Veracruz"); any other capitalised word + "de/of" makes an organisation's name
# ("Universidad de San Carlos", "Summit of the Americas", "University of Texas").
GEO_HEADS: frozenset[str] = frozenset(normalize(w) for w in ["Estado", "State", "Ciudad", "City", "Municipio", "Municipality", "Departamento", "Department", "Puerto", "Port", "Gulf", "Golfo", "Río", "River", "Valle", "Valley", "Isla", "Island", "Town", "Village", "Pueblo", "Villa"])
