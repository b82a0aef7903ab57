# The activity capability.
period-reversed = De einddatum ligt voor de begindatum.
period-future = De periode kan niet na vandaag eindigen.
period-too-long = Een periode is hoogstens dertien maanden (400 dagen).
export-key-short = De exportsleutel is te kort.
